import type { TRPCOptionsProxy, inferOutput } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@baton/server/router';

type Api = TRPCOptionsProxy<AppRouter>;

/** The signed-in user as `auth.me` returns it. */
export type SessionUser = NonNullable<inferOutput<Api['auth']['me']>['user']>;
export type StartableFlow = inferOutput<Api['instances']['startable']>[number];
export type StartForm = inferOutput<Api['instances']['form']>;
export type MyRequest = inferOutput<Api['instances']['mine']>[number];
export type InboxItem = inferOutput<Api['tasks']['inbox']>[number];
/** Everything the request page shows: values, form, flow, trail, tasks, timeline, permissions. */
export type InstanceView = inferOutput<Api['instances']['get']>;
export type InstanceTask = InstanceView['tasks'][number];
export type TimelineEntry = InstanceView['timeline'][number];
