import { Collection } from '../store/collection';

/**
 * The tenants' own data: projects, each belonging to one tenant and owned by one user.
 * Tenants and their members come from the demo directory (directory.ts); projects live on
 * the runtime and return to this seed on reset. Ids are global (`prj_4` is Globex's), as in
 * most real APIs, which is exactly why every lookup must also check the tenant.
 */

export interface ProjectRecord {
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  owner_id: string;
  created_at: string;
  updated_at: string;
}

/** The projects every sandbox starts with: three at Acme (owned by Ada and Grace), two at Globex. */
export function seedProjects(): ProjectRecord[] {
  const at = (iso: string) => ({ created_at: iso, updated_at: iso });
  return [
    { id: 'prj_1', tenant_id: 'ten_acme', name: 'Churn dashboard', description: 'Which customers leave, and when.', owner_id: 'usr_1', ...at('2026-01-10T09:00:00.000Z') },
    { id: 'prj_2', tenant_id: 'ten_acme', name: 'Quarterly forecast', description: 'Revenue forecast for the next quarter.', owner_id: 'usr_2', ...at('2026-01-11T09:00:00.000Z') },
    { id: 'prj_3', tenant_id: 'ten_acme', name: 'Survey cleanup', description: 'Deduplicate the 2025 customer survey.', owner_id: 'usr_2', ...at('2026-01-12T09:00:00.000Z') },
    { id: 'prj_4', tenant_id: 'ten_globex', name: 'Route optimiser', description: 'Shorter delivery routes for the fleet.', owner_id: 'usr_3', ...at('2026-01-13T09:00:00.000Z') },
    { id: 'prj_5', tenant_id: 'ten_globex', name: 'Depot audit', description: 'Stock counts at every depot.', owner_id: 'usr_3', ...at('2026-01-14T09:00:00.000Z') },
  ];
}

/** A fresh projects table with the seed rows; `reset()` puts them back. */
export function createProjects(): Collection<ProjectRecord> {
  return new Collection<ProjectRecord>('prj', seedProjects);
}
