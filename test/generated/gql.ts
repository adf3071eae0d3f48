/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization { id code name shortName kind status area { id name } parent { id } }\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query SearchOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name } }\n    }\n  }\n": typeof types.SearchOrganizationsDocument,
    "\n  mutation ChangeParent($input: ChangeOrganizationParentInput!) {\n    changeOrganizationParent(input: $input) { organization { id parent { id } } }\n  }\n": typeof types.ChangeParentDocument,
    "\n  mutation Merge($input: MergeOrganizationsInput!) {\n    mergeOrganizations(input: $input) {\n      successor { id status parent { id } }\n      merged { id status endedOn successor { id } }\n    }\n  }\n": typeof types.MergeDocument,
    "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id name status\n      ancestors { id }\n      children { totalCount edges { node { id } } }\n      partners { totalCount edges { node { id } } }\n    }\n  }\n": typeof types.OrganizationDetailDocument,
};
const documents: Documents = {
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization { id code name shortName kind status area { id name } parent { id } }\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query SearchOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name } }\n    }\n  }\n": types.SearchOrganizationsDocument,
    "\n  mutation ChangeParent($input: ChangeOrganizationParentInput!) {\n    changeOrganizationParent(input: $input) { organization { id parent { id } } }\n  }\n": types.ChangeParentDocument,
    "\n  mutation Merge($input: MergeOrganizationsInput!) {\n    mergeOrganizations(input: $input) {\n      successor { id status parent { id } }\n      merged { id status endedOn successor { id } }\n    }\n  }\n": types.MergeDocument,
    "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id name status\n      ancestors { id }\n      children { totalCount edges { node { id } } }\n      partners { totalCount edges { node { id } } }\n    }\n  }\n": types.OrganizationDetailDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization { id code name shortName kind status area { id name } parent { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization { id code name shortName kind status area { id name } parent { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name } }\n    }\n  }\n"): (typeof documents)["\n  query SearchOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeParent($input: ChangeOrganizationParentInput!) {\n    changeOrganizationParent(input: $input) { organization { id parent { id } } }\n  }\n"): (typeof documents)["\n  mutation ChangeParent($input: ChangeOrganizationParentInput!) {\n    changeOrganizationParent(input: $input) { organization { id parent { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Merge($input: MergeOrganizationsInput!) {\n    mergeOrganizations(input: $input) {\n      successor { id status parent { id } }\n      merged { id status endedOn successor { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation Merge($input: MergeOrganizationsInput!) {\n    mergeOrganizations(input: $input) {\n      successor { id status parent { id } }\n      merged { id status endedOn successor { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id name status\n      ancestors { id }\n      children { totalCount edges { node { id } } }\n      partners { totalCount edges { node { id } } }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id name status\n      ancestors { id }\n      children { totalCount edges { node { id } } }\n      partners { totalCount edges { node { id } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;