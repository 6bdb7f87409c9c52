import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';

// jsdom has no canvas: the page's charts draw into a stand-in.
vi.mock('../../../../src/app/charts/ports/chart-setup.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/app/charts/ports/chart-setup.ts')>();
  class FakeChart {
    data: unknown;
    options: unknown;
    constructor(_canvas: unknown, config: { data: unknown; options: unknown }) {
      this.data = config.data;
      this.options = config.options;
    }
    update(): void {}
    destroy(): void {}
  }
  return { ...original, Chart: FakeChart };
});

const { default: PortsPage } = await import('../../../../src/app/pages/PortsPage.svelte');
const { openDataStore } = await import('../../../../src/app/persistence/data-store.ts');
const { PortsManager } = await import('../../../../src/app/state/ports-manager.svelte.ts');

function manager(dbName: string) {
  return new PortsManager({
    data: { active: null, summary: null, portKinds: ['voice_drop'], timeZone: 'UTC', phase: 'idle' },
    createPool: () => ({ size: 1, run: () => new Promise(() => undefined) }),
    fitModel: () => new Promise(() => undefined),
    openStore: () => openDataStore(dbName),
  });
}

describe('PortsPage without a data set', () => {
  it('offers a scenario instead, and then can run', async () => {
    const m = manager('ports-page-1');
    render(PortsPage, { manager: m });
    await waitFor(() => expect(m.ready).toBe(true));
    expect(screen.getByTestId('ports-empty')).toHaveTextContent(/No data set is loaded\. Load a call-record export on the Data page/);
    expect(screen.getByTestId('ports-run')).toBeDisabled();
    await fireEvent.click(screen.getByRole('button', { name: 'Use a scenario instead' }));
    await waitFor(() => expect(screen.getByTestId('ports-run')).toBeEnabled());
    expect(m.inputs.source).toBe('parametric');
    expect(screen.queryByTestId('ports-empty')).not.toBeInTheDocument();
    expect(screen.getByText(/Port-holding calls starting in each hour/)).toBeInTheDocument();
  });
});
