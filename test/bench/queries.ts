/*
 * The product's query shapes the benchmark measures (test/bench) and the cost
 * limit must admit (test/cost-limit.test.ts). PostGraphile's equivalents are in
 * test/bench/postgraphile.ts, the SQL floor's in test/bench/floor.ts.
 */

/**
 * The "shared plans" page an agency exists to serve, with every `id` a client
 * cache needs: 50 programs → lead, participants → organization; 20 tasks each
 * → assignments → organization.
 */
export const SHARED_PLANS = `query SharedPlans($id: ID!) {
  organization(id: $id) {
    id name
    programs(first: 50) {
      totalCount
      edges { node {
        id code title status startsOn endsOn
        leadOrganization { id name }
        participants { id role organization { id name } }
        tasks(first: 20) {
          totalCount
          edges { node { id title dueOn status assignments { id role organization { id name } } } }
        }
      } }
    }
  }
}`;

/** A small query: one program, its owner and its first 5 tasks. */
export const SMALL = `query Small($id: ID!) {
  node(id: $id) { ... on CoordinationProgram {
    id code title owner { id name }
    tasks(first: 5) { edges { node { id title dueOn status } } }
  } }
}`;

/** "My agency's tasks": the first 50 tasks assigned to an organization, with their assignments. */
export const AGENCY_TASKS = `query AgencyTasks($id: ID!) {
  organization(id: $id) {
    id
    tasks(first: 50) {
      edges { node { id title dueOn status assignments { id role organization { id name } } } }
    }
  }
}`;

/** A month's briefing schedule of an organization. */
export const BRIEFING_SCHEDULE = `query Briefings($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  organization(id: $id) { id briefingSchedule(from: $from, to: $to) { id title startsAt } }
}`;
