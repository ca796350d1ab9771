// Node ids are answered without a promise (src/graphql/sync-node-ids.ts), with the relay plugin's encoding.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/schema.ts';

describe('node ids', () => {
  it('every Node type resolves its id synchronously, to the global id of its type and raw id', () => {
    const schema = getSchema();
    const nodeTypes = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && type.getInterfaces().some((implemented) => implemented.name === 'Node'),
    );
    expect(nodeTypes.map((type) => type.name)).toEqual(expect.arrayContaining(['AdAccount', 'Authorization']));
    const rows: Record<string, unknown> = {
      AdAccount: { authorizationId: 'a1', accountId: '42' },
      Authorization: { id: 'a1' },
    };
    for (const name of ['AdAccount', 'Authorization']) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is no object type`);
      const id: unknown = type.getFields().id!.resolve!(rows[name], {}, {}, {} as GraphQLResolveInfo);
      expect(typeof id).toBe('string');
      expect(decodeGlobalID(id as string)).toEqual({ typename: name, id: name === 'AdAccount' ? 'a1:42' : 'a1' });
    }
  });
});
