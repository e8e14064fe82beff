/** Sent as `runner_version` in setup_request; a test keeps it equal to package.json's version. */
export const RUNNER_VERSION = '0.1.0';
