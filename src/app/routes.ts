/**
 * The workbench's pages. Adding a page is one line here; the nav and the router follow.
 */
import type { Component } from 'svelte';
import DataPage from './pages/DataPage.svelte';
import PortsPage from './pages/PortsPage.svelte';
import RechargePage from './pages/RechargePage.svelte';
import StoragePage from './pages/StoragePage.svelte';
import ContractPage from './pages/ContractPage.svelte';
import LicensesPage from './pages/LicensesPage.svelte';
import ScenariosPage from './pages/ScenariosPage.svelte';
import ReportPage from './pages/ReportPage.svelte';

export interface Route {
  path: string;
  label: string;
  component: Component;
}

export const routes: Route[] = [
  { path: '/data', label: 'Data', component: DataPage },
  { path: '/ports', label: 'Ports', component: PortsPage },
  { path: '/recharge', label: 'Recharge', component: RechargePage },
  { path: '/storage', label: 'Storage', component: StoragePage },
  { path: '/licenses', label: 'Licenses', component: LicensesPage },
  { path: '/contract', label: 'Contract', component: ContractPage },
  { path: '/scenarios', label: 'Scenarios', component: ScenariosPage },
  { path: '/report', label: 'Report', component: ReportPage },
];

export const defaultPath = routes[0]!.path;
