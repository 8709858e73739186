#!/usr/bin/env node
// The `majordome` command: loads the TypeScript CLI through tsx, so it works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
