/**
 * Office.js events: `obj.onX.add(handler)` registers at the next sync and returns an
 * EventHandlerResult whose `remove()` unregisters at the sync after it. Handlers run
 * asynchronously after the change that raised them.
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
 */
import type { EventKind, EventRegistration } from '../state';
import type { RequestContext } from './context';

export type EventHandler = (args: Record<string, unknown>) => unknown;

export class EventHandlerResult {
  constructor(readonly context: RequestContext, private readonly registration: EventRegistration) {}

  remove(): void {
    this.context.enqueue(20, () => { this.context.state.events.delete(this.registration); });
  }
}

export class EventHandlers {
  constructor(
    private readonly context: RequestContext,
    private readonly kind: EventKind,
    private readonly sheetId: () => string | undefined,
  ) {}

  add(handler: EventHandler): EventHandlerResult {
    const registration: EventRegistration = { kind: this.kind, handler };
    this.context.enqueue(40, () => {
      const id = this.sheetId();
      if (id !== undefined) registration.sheetId = id;
      this.context.state.events.add(registration);
    });
    return new EventHandlerResult(this.context, registration);
  }

  remove(handler: EventHandler): void {
    this.context.enqueue(20, () => {
      for (const r of this.context.state.events) if (r.handler === handler && r.kind === this.kind) this.context.state.events.delete(r);
    });
  }
}
