import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The normalised cache. Every object carries a global `id` unique across types, so the
 * `id` alone is the cache key: an organization fetched by the directory, a search or the
 * viewer's roles is one entry, and a rename shows everywhere at once. Relay connections
 * merge their pages for "load more"; field arguments other than the paging ones keep
 * separate lists apart (a search for "lang son" never mixes with one for "dân vận").
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    dataIdFromObject: (object) => (typeof object.id === 'string' ? object.id : undefined),
    typePolicies: {
      Query: {
        fields: {
          organizations: relayStylePagination(['filter']),
          areas: relayStylePagination(['filter']),
          people: relayStylePagination(['filter']),
          programs: relayStylePagination(['filter', 'orderBy']),
          tasks: relayStylePagination(['filter', 'orderBy']),
          meetings: relayStylePagination(['filter']),
          notifications: relayStylePagination(['unreadOnly']),
          models: relayStylePagination(['filter']),
          socialCritiques: relayStylePagination(['filter']),
          supervisions: relayStylePagination(['filter']),
          complexSituations: relayStylePagination(['filter']),
          situationReports: relayStylePagination(['filter']),
          reportSubmissions: relayStylePagination(['filter']),
        },
      },
      Organization: {
        fields: {
          children: relayStylePagination(),
          partners: relayStylePagination(),
          tasks: relayStylePagination(['filter', 'orderBy']),
          petitions: relayStylePagination(['filter']),
          viewerCan: { merge: true },
        },
      },
      Petition: {
        fields: {
          viewerCan: { merge: true },
        },
      },
      MassMobilizationModel: {
        fields: {
          adoptions: relayStylePagination(['adoptedBy']),
          viewerCan: { merge: true },
        },
      },
      CoordinationProgram: {
        fields: {
          tasks: relayStylePagination(['filter', 'orderBy']),
          updates: relayStylePagination(),
          viewerCan: { merge: true },
        },
      },
      Task: {
        fields: {
          reports: relayStylePagination(),
          viewerCan: { merge: true },
        },
      },
      Meeting: {
        fields: {
          viewerCan: { merge: true },
        },
      },
      AdministrativeArea: {
        fields: {
          children: relayStylePagination(),
        },
      },
    },
  });
}
