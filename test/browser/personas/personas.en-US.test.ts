/** The personas' walks at 320 px in en-US (personaWalks.ts, docs/testing.md "The personas' paths"). */
import { describePersonas } from './personaWalks';

describePersonas('en-US');
