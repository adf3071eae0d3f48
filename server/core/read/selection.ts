import {
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  getNamedType,
  isAbstractType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';

function selectsIn(
  set: SelectionSetNode | undefined,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  if (!set) return false;
  return set.selections.some((selection) => {
    if (selection.kind === 'Field') return selection.name.value === name;
    if (selection.kind === 'InlineFragment') return selectsIn(selection.selectionSet, name, fragments);
    const fragment = fragments[selection.name.value];
    return !!fragment && selectsIn(fragment.selectionSet, name, fragments);
  });
}

/**
 * True when the client selected field `name` directly under the field being
 * resolved (through fragments too), e.g. whether a connection's `totalCount`
 * must be counted. Directives (`@skip`) are ignored: at worst a count too many.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selectsIn(node.selectionSet, name, info.fragments));
}

/** The selection sets directly under the field being resolved. */
const ownSets = (info: GraphQLResolveInfo): SelectionSetNode[] =>
  info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

/**
 * True when the client selected a connection's `pageInfo` or its edges'
 * `cursor` under the field being resolved (once per query document).
 */
export function selectsCursors(info: GraphQLResolveInfo): boolean {
  return perSelection(info, 'cursors', (i) => {
    const sets = ownSets(i);
    const edges = childSets(sets, 'edges', i.fragments);
    return (
      sets.some((set) => selectsIn(set, 'pageInfo', i.fragments)) ||
      edges.some((set) => selectsIn(set, 'cursor', i.fragments))
    );
  });
}

/**
 * The properties of a record that a selection reads, sorted and comma-joined
 * (`"dueOn,id,status,title"`); null when it reads the whole record. Part of
 * loader keys, so that a list read with only these columns is never served
 * where more are needed.
 */
export type Fields = string | null;

/** Fields with a resolver that read only some properties of their record: type name → field → properties. */
const declaredReads = new Map<string, Map<string, readonly string[]>>();

/**
 * Declares which properties of a `typeName` record the field resolvers of
 * `fields` read (`[]`: nothing beyond the id), so that a list whose client
 * selects them can read only those columns (decision 031). A field with a
 * resolver and no declaration reads the whole record; a plain field reads the
 * property of its name.
 */
export function fieldsRead(typeName: string, fields: Record<string, readonly string[]>): void {
  const reads = declaredReads.get(typeName) ?? new Map<string, readonly string[]>();
  for (const [field, properties] of Object.entries(fields)) reads.set(field, properties);
  declaredReads.set(typeName, reads);
}

/** Whether a fragment on `condition` applies to objects of `type` (abstract conditions: assumed, a superset). */
function applies(condition: string | undefined, type: GraphQLNamedType, info: GraphQLResolveInfo): boolean {
  if (!condition || condition === type.name) return true;
  const target = info.schema.getType(condition);
  return !!target && isAbstractType(target);
}

/** Adds to `out` the properties `set` reads of an object of `type`; false when it reads the whole record. */
function collect(
  set: SelectionSetNode,
  type: GraphQLNamedType,
  info: GraphQLResolveInfo,
  out: Set<string>,
): boolean {
  if (!isObjectType(type)) return false;
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      const name = selection.name.value;
      if (name === '__typename') continue;
      const field = type.getFields()[name];
      if (!field) return false;
      if (name === 'id' || !field.resolve) {
        out.add(name);
        continue;
      }
      const declared = declaredReads.get(type.name)?.get(name);
      if (!declared) return false;
      for (const property of declared) out.add(property);
      continue;
    }
    const fragment = selection.kind === 'InlineFragment' ? selection : info.fragments[selection.name.value];
    if (!fragment || !applies(fragment.typeCondition?.name.value, type, info)) continue;
    if (!collect(fragment.selectionSet, type, info, out)) return false;
  }
  return true;
}

/** The selection sets of the fields named `name` in `sets` (through fragments). */
function childSets(
  sets: readonly SelectionSetNode[],
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value === name && selection.selectionSet) found.push(selection.selectionSet);
      } else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return found;
}

function computeFields(info: GraphQLResolveInfo, path: readonly string[]): Fields {
  let type: GraphQLNamedType = getNamedType(info.returnType as GraphQLOutputType);
  let sets = ownSets(info);
  for (const step of path) {
    if (!isObjectType(type)) return null;
    const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[step];
    if (!field) return null;
    type = getNamedType(field.type);
    sets = childSets(sets, step, info.fragments);
  }
  const out = new Set<string>(['id']);
  for (const set of sets) if (!collect(set, type, info, out)) return null;
  return [...out].toSorted().join(',');
}

/** Answers per first field node, then per slot: a document's selections never change. */
const cache = new WeakMap<object, Map<string, unknown>>();

/**
 * `compute(info)`, once per query document and `slot` for the field being
 * resolved: for what a resolver derives from its selection (a loader key),
 * which would otherwise be recomputed for every object of a list.
 */
export function perSelection<T>(
  info: GraphQLResolveInfo,
  slot: string,
  compute: (info: GraphQLResolveInfo) => T,
): T {
  if (info.fieldNodes.length !== 1) return compute(info);
  const node = info.fieldNodes[0];
  let bySlot = cache.get(node);
  if (!bySlot) {
    bySlot = new Map();
    cache.set(node, bySlot);
  }
  if (bySlot.has(slot)) return bySlot.get(slot) as T;
  const value = compute(info);
  bySlot.set(slot, value);
  return value;
}

/**
 * The properties that the client's selection under the field being resolved
 * reads of its records (`path` leads further down: `['edges', 'node']` for a
 * connection's nodes, `['organization']` for a record's organization). Computed
 * once per query document and path.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Fields {
  return perSelection(info, `fields:${path.join('.')}`, (i) => computeFields(i, path));
}

/** `fields` with `properties` added (a resolver's own needs); null stays null. */
export function withProperties(fields: Fields, properties: readonly string[]): Fields {
  if (fields === null) return null;
  return [...new Set([...fields.split(','), ...properties])].toSorted().join(',');
}

/** What all of `reads` need: their union, or null when one needs the whole record (or there is none). */
export function unionOf(reads: Iterable<Fields>): Fields {
  let union: Fields | undefined;
  for (const fields of reads) {
    if (fields === null) return null;
    union = union === undefined || union === fields ? fields : withProperties(union, fields.split(','));
  }
  return union ?? null;
}

/** A loader key for `id` read with `fields`: the id alone for the whole record. */
export const fieldsKey = (id: string, fields: Fields): string => (fields === null ? id : `${id}|${fields}`);

/** The id and fields of a `fieldsKey`. */
export function splitFieldsKey(key: string): [id: string, fields: Fields] {
  const bar = key.indexOf('|');
  return bar < 0 ? [key, null] : [key.slice(0, bar), key.slice(bar + 1)];
}
