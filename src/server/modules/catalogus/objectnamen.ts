import { inArray } from 'drizzle-orm';
import { registreerObjectnamen } from '../../platform/audit/objectnamen';
import { product } from './schema';

/** The audit trail shows products by name. */
export function registreerProductNamen(): void {
  registreerObjectnamen('product', (db, ids) =>
    db.select({ id: product.id, naam: product.naam }).from(product).where(inArray(product.id, ids)),
  );
}
