import { authRouter } from './routers/auth.ts';
import { flowsRouter } from './routers/flows.ts';
import { instancesRouter } from './routers/instances.ts';
import { orgRouter } from './routers/org.ts';
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
});

export type AppRouter = typeof appRouter;
