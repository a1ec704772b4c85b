#!/usr/bin/env node
// The `kepu` command (compiled to dist/src/bin.js by `npm run build`).
import './cli.js';
