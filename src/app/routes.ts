/**
 * The workbench's pages. Adding a page is one line here; the nav and the router follow.
 */
import type { Component } from 'svelte';
import DataPage from './pages/DataPage.svelte';
import PortsPage from './pages/PortsPage.svelte';
import RechargePage from './pages/RechargePage.svelte';

export interface Route {
  path: string;
  label: string;
  component: Component;
}

export const routes: Route[] = [
  { path: '/data', label: 'Data', component: DataPage },
  { path: '/ports', label: 'Ports', component: PortsPage },
  { path: '/recharge', label: 'Recharge', component: RechargePage },
];

export const defaultPath = routes[0]!.path;
