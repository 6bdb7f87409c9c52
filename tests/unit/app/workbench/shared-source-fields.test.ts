import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourceFields from '../../../../src/app/components/ports/SourceFields.svelte';
import WhatIfFields from '../../../../src/app/components/ports/WhatIfFields.svelte';
import { KIND_LABELS } from '../../../../src/core/ingest/types.ts';
import { openDataStore } from '../../../../src/app/persistence/data-store.ts';
import { PortsManager } from '../../../../src/app/state/ports-manager.svelte.ts';
import type { SharedTrafficModel } from '../../../../src/core/workbench/shared-traffic-model.ts';

const shared: SharedTrafficModel = {
  timeZone: 'America/Chicago', source: 'outbound-team.csv, 13,753 port-holding calls over 31 days', dataEndMs: Date.UTC(2026, 10, 1),
  streams: [
    { kind: 'dial', ratePerHour: Array<number>(168).fill(3), holding: { kind: 'empirical', meanSec: 603.6, quantilesSec: [10, 300, 8600] } },
    { kind: 'voice_drop', ratePerHour: Array<number>(168).fill(1), holding: { kind: 'lognormal', meanSec: 33.8, cv: 0.4 } },
  ],
};

/** A Ports page in a browser without data sets. */
function manager(dbName: string): PortsManager {
  return new PortsManager({
    data: { active: null, summary: null, portKinds: ['voice_drop'], timeZone: 'UTC', phase: 'idle' },
    createPool: () => ({ size: 1, run: () => new Promise(() => undefined) }),
    fitModel: () => new Promise(() => undefined),
    openStore: () => openDataStore(dbName),
  });
}

describe('SourceFields with a traffic model shared with the scenario', () => {
  it('offers the shared model only once one came with a scenario, and describes it when chosen', async () => {
    const m = manager('shared-source-1');
    await m.init();
    render(SourceFields, { manager: m });
    expect(screen.queryByRole('radio', { name: 'Shared model' })).not.toBeInTheDocument();
    await m.offerShared(shared, true);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Shared model' })).toBeChecked());
    expect(screen.getByTestId('ports-shared-source')).toHaveTextContent(
      'Traffic model shared with the scenario (fitted from outbound-team.csv, 13,753 port-holding calls over 31 days, America/Chicago; no call records).',
    );
    expect(screen.getByText(/604 s on average, spread as observed/)).toBeInTheDocument();
    expect(screen.getByText(/Replaying whole observed days needs the call records/)).toBeInTheDocument();
    expect(m.canRun).toBe(true);
    await fireEvent.click(screen.getByRole('radio', { name: 'Scenario' }));
    await waitFor(() => expect(m.inputs.source).toBe('parametric'));
    expect(screen.getByRole('radio', { name: 'Shared model' })).not.toBeChecked();
  });
});

describe('WhatIfFields with the shared model', () => {
  it('offers a volume multiplier for each kind the shared model carries', async () => {
    const m = manager('shared-source-2');
    await m.init();
    render(WhatIfFields, { manager: m });
    await m.offerShared(shared, true);
    await waitFor(() => expect(screen.getByText(KIND_LABELS.dial)).toBeInTheDocument());
    expect(screen.getByText(KIND_LABELS.voice_drop)).toBeInTheDocument();
  });
});
