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
/** What a request would do: path, each step's approvers with reasons, outcome (`previewRoute`). */
export type RoutePreview = inferOutput<Api['instances']['preview']>;
export type PreviewStep = RoutePreview['steps'][number];
/** A sample request of a flow, for the designer's test panel. */
export type FlowSample = inferOutput<Api['flows']['listSamples']>[number];
/** What the approver of a task must pick for the next step, or null. */
export type NextPick = inferOutput<Api['tasks']['nextPick']>;
