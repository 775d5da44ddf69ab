// What the run already told the user through the Logger, so the hosts' final pass over the result's
// diagnostics (annotations, issues) adds only what was not said yet. The application layer formats a
// diagnostic as `file:line:col: severity: message (hint)`, so "said" means a logged line contains the message.

const LONG = 2000;

export class ReportedMessages {
  private readonly messages: string[] = [];

  add(message: string): void {
    // Long texts (a rendered plan) would match short diagnostics by accident.
    if (message.length <= LONG) this.messages.push(message);
  }

  has(diagnosticMessage: string): boolean {
    return this.messages.some((m) => m.includes(diagnosticMessage));
  }
}
