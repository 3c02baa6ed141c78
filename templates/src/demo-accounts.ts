import type { I18nText } from '@baton/schemas';
import { t } from './parts/text.ts';

/** A demo sign-in worth trying, for the README and the sign-in page. */
export type DemoAccount = {
  readonly username: string;
  readonly name: string;
  readonly title: string;
  readonly tryThis: I18nText;
};

/** Who to sign in as (password `DEMO_PASSWORD`) and what to try. */
export const demoAccounts: readonly DemoAccount[] = Object.freeze([
  {
    username: 'chen.jie',
    name: '陈杰',
    title: '华东销售部 销售代表',
    tryThis: t(
      '发起一笔 12,345.67 元的费用报销，跟踪审批进度；退回后修改重新提交。',
      'Start an expense claim of 12,345.67 CNY and follow it; edit and resubmit when it comes back.',
    ),
  },
  {
    username: 'wang.fang',
    name: '王芳',
    title: '华东销售经理',
    tryThis: t('在待办中审批陈杰的报销。', "Approve Chen Jie's claims from the inbox."),
  },
  {
    username: 'li.na',
    name: '李娜',
    title: '财务部 会计主管',
    tryThis: t(
      '审批或退回 5000 元及以上的报销，以及采购与预算的财务审核。',
      'Approve or return claims of 5,000 CNY or more, and review procurement and budgets.',
    ),
  },
  {
    username: 'zhao.min',
    name: '赵敏',
    title: '总经理',
    tryThis: t(
      '对采购和预算申请做最终审批。',
      'Give the final approval on procurement and budgets.',
    ),
  },
  {
    username: 'sun.hao',
    name: '孙浩',
    title: '流程与内控经理',
    tryThis: t(
      '在画布上修改费用报销流程（如在财务审批后加一步高管审批）并发布。',
      'Edit the expense flow on the canvas (say, add an executive approval after finance) and publish.',
    ),
  },
  {
    username: 'zhou.yu',
    name: '周宇',
    title: 'IT 系统管理员',
    tryThis: t(
      '查看流程版本并回滚到 v1；查看组织架构。',
      'Browse flow versions, roll back to v1, view the org.',
    ),
  },
  {
    username: 'gao.yuan',
    name: '高远',
    title: '采购经理',
    tryThis: t('审核采购申请。', 'Review purchase requests.'),
  },
  {
    username: 'feng.gang',
    name: '冯刚',
    title: '仓储主管',
    tryThis: t('核对采购申请的库存。', 'Check purchase requests against stock.'),
  },
  {
    username: 'xie.wen',
    name: '谢文',
    title: '法务经理',
    tryThis: t('与财务并行审核采购申请。', 'Review purchase requests alongside Finance.'),
  },
]);
