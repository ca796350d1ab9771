import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';

describe('/healthz and /readyz need no API key', () => {
  it('/healthz answers 200 while the process lives, even with the database closed', async () => {
    const t = await createTestApp();
    const url = await t.listen();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    t.database.close();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('/readyz answers 200 while the database answers and 503 once it is closed', async () => {
    const t = await createTestApp();
    const url = await t.listen();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    t.database.close();
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
  });

  it('works the same through yoga.fetch', async () => {
    const t = await createTestApp();
    expect((await t.yoga.fetch('http://127.0.0.1/readyz')).status).toBe(200);
    t.database.close();
    expect((await t.yoga.fetch('http://127.0.0.1/readyz')).status).toBe(503);
  });
});
