import type { ReactNode } from 'react';
import { oauthLab } from '@messages/oauth-lab';

export type StepStatus = 'todo' | 'done' | 'failed';

/** One numbered step of the flow: title, status in words (colour only repeats it), explanation, controls, exchanges. */
export function Step({ n, title, status, children }: { n: number; title: string; status: StepStatus; children: ReactNode }) {
  const words = oauthLab.stepStatus[status];
  return (
    <section className={`al-panel al-step al-step-${status}`} aria-labelledby={`al-step-${n}`} data-testid={`step-${n}`}>
      <h2 id={`al-step-${n}`}>
        <span className="al-step-n" aria-hidden="true">
          {n}
        </span>
        {title} <span className="al-step-status">({words})</span>
      </h2>
      {children}
    </section>
  );
}
