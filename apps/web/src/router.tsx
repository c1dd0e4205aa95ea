import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { Layout } from './components/layout';
import { CasePage } from './pages/case-page';
import { CasesPage } from './pages/cases-page';
import { DocumentPage } from './pages/document-page';
import { FollowPage } from './pages/follow-page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { SearchPage } from './pages/search-page';
import { SubscriptionPage } from './pages/subscription-page';
import { SubscriptionsPage } from './pages/subscriptions-page';
import { TosClausePage } from './pages/tos-clause-page';
import { TosDiffPage } from './pages/tos-diff-page';
import { TosDocumentPage } from './pages/tos-document-page';
import { TosIndexPage } from './pages/tos-index-page';
import {
  CASE_KEYS,
  CASES_KEYS,
  DIFF_KEYS,
  DocumentPageParams,
  FOLLOW_KEYS,
  optionalString,
  pick,
  positiveInt,
  SEARCH_KEYS,
  TOS_DOCUMENT_KEYS,
} from './search-params';

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });

const routes = [
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/search',
    component: SearchPage,
    validateSearch: (search: Record<string, unknown>) => pick(search, SEARCH_KEYS),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases',
    component: CasesPage,
    validateSearch: (search: Record<string, unknown>) => pick(search, CASES_KEYS),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases/$slug',
    component: CasePage,
    validateSearch: (search: Record<string, unknown>) => pick(search, CASE_KEYS),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/documents/$id',
    component: DocumentPage,
    validateSearch: (search: Record<string, unknown>): DocumentPageParams => {
      const page = positiveInt(search['page']);
      const q = optionalString(search['q']);
      return { ...(page ? { page } : {}), ...(q ? { q } : {}) };
    },
  }),
  createRoute({ getParentRoute: () => rootRoute, path: '/tos', component: TosIndexPage }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/tos/$service/$type',
    component: TosDocumentPage,
    validateSearch: (search: Record<string, unknown>) => pick(search, TOS_DOCUMENT_KEYS),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/tos/$service/$type/diff',
    component: TosDiffPage,
    validateSearch: (search: Record<string, unknown>) => pick(search, DIFF_KEYS),
  }),
  createRoute({ getParentRoute: () => rootRoute, path: '/tos/$service/$type/clauses/$key', component: TosClausePage }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/follow',
    component: FollowPage,
    validateSearch: (search: Record<string, unknown>) => pick(search, FOLLOW_KEYS),
  }),
  createRoute({ getParentRoute: () => rootRoute, path: '/follow/subscriptions', component: SubscriptionsPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/follow/subscriptions/$id', component: SubscriptionPage }),
];

export const router = createRouter({
  routeTree: rootRoute.addChildren(routes),
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
