#!/usr/bin/env node
// Entry point of the `kepu` command: loads the TypeScript sources through tsx, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
