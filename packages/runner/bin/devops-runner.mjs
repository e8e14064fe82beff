#!/usr/bin/env node
// The runner and the extensions it loads are TypeScript sources: tsx compiles them on import.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
