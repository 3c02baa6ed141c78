import { adminRouter } from './routers/admin.ts';
import { auditRouter } from './routers/audit.ts';
import { authRouter } from './routers/auth.ts';
import { ccRouter } from './routers/cc.ts';
import { delegationsRouter } from './routers/delegations.ts';
import { flowsRouter } from './routers/flows.ts';
import { instancesRouter } from './routers/instances.ts';
import { masterDataRouter } from './routers/master-data.ts';
import { notificationsRouter } from './routers/notifications.ts';
import { orgRouter } from './routers/org.ts';
import { settingsRouter } from './routers/settings.ts';
import { tasksRouter } from './routers/tasks.ts';
import { templatesRouter } from './routers/templates.ts';
import { router } from './trpc.ts';

/** The whole API. The designer imports only its type. */
export const appRouter = router({
  auth: authRouter,
  org: orgRouter,
  flows: flowsRouter,
  templates: templatesRouter,
  instances: instancesRouter,
  tasks: tasksRouter,
  cc: ccRouter,
  notifications: notificationsRouter,
  admin: adminRouter,
  delegations: delegationsRouter,
  settings: settingsRouter,
  masterData: masterDataRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
