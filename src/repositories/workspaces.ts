import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { workspaces } from '../../db/schema.ts';

export type WorkspaceRow = typeof workspaces.$inferSelect;

export function createWorkspaceRepository(db: Db) {
  return {
    create(name: string, createdAt: Date): WorkspaceRow {
      return db.insert(workspaces).values({ id: randomUUID(), name, createdAt }).returning().get();
    },
    findById(id: string): WorkspaceRow | undefined {
      return db.select().from(workspaces).where(eq(workspaces.id, id)).get();
    },
    findByName(name: string): WorkspaceRow | undefined {
      return db.select().from(workspaces).where(eq(workspaces.name, name)).get();
    },
    list(): WorkspaceRow[] {
      return db.select().from(workspaces).orderBy(workspaces.createdAt).all();
    },
  };
}

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;
