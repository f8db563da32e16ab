import { z } from 'zod';

/**
 * zod 4 decides, as each object schema is CREATED (at module load), whether to compile a fast
 * validator with `new Function`, probing for eval. The task pane's Content-Security-Policy forbids
 * 'unsafe-eval', so the pane and worker entries import this module FIRST, before any module that
 * defines a schema: zod then validates without generated code (same results, no policy violation).
 */
z.config({ jitless: true });
