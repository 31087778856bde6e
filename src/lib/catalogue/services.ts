import { serviceCategories, type Service, type ServiceCategory } from '../../schemas/service.ts';

/** Services grouped by registry category in a fixed order, each group sorted by name; empty groups dropped. */
export function servicesByCategory(services: readonly Service[]): { category: ServiceCategory; services: Service[] }[] {
  return serviceCategories
    .map((category) => ({
      category,
      services: services.filter((s) => s.category === category).sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .filter((group) => group.services.length > 0);
}
