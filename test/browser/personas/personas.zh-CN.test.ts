/** The personas' walks at 320 px in zh-CN (personaWalks.ts, docs/testing.md "The personas' paths"). */
import { describePersonas } from './personaWalks';

describePersonas('zh-CN');
