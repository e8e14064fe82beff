// Makes sure Debian's Chromium is installed: Playwright's own browser download cannot work here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

if (isRoot && isDebian && !process.env.CHROMIUM_PATH) {
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package…`);
  try {
    execSync('apt-get update && apt-get install -y chromium', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('Installing chromium with apt-get failed; install it by hand and run the tests again.');
    process.exit(1);
  }
  if (existsSync(CHROMIUM)) process.exit(0);
}

console.error(
  `Chromium was not found at ${CHROMIUM}. The browser tests use a system Chromium ` +
    '(on Debian: `apt-get install -y chromium` as root), or set CHROMIUM_PATH to another Chromium binary.',
);
process.exit(1);
