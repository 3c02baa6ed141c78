/**
 * The staff of the demo company, one line each. `supervisor` is a username; `demo-org.ts` turns
 * usernames into ids. Departments are listed in `demo-org.ts`.
 */
export type DemoPerson = {
  readonly username: string;
  readonly name: string;
  readonly title: string;
  readonly department: string;
  readonly supervisor: string | null;
  readonly roles?: readonly string[];
  /** Position keys (岗位), see `demo-org.ts`. */
  readonly positions?: readonly string[];
  /** The largest amount (CNY) the person approves alone; absent: no limit set. */
  readonly approvalLimit?: string;
  readonly disabled?: boolean;
};

const person = (
  username: string,
  name: string,
  title: string,
  place: Omit<DemoPerson, 'username' | 'name' | 'title'>,
): DemoPerson => ({ username, name, title, ...place });

export const demoPeople: readonly DemoPerson[] = [
  // 总经办 Executive Office
  person('zhao.min', '赵敏', '总经理', {
    department: 'd-exec',
    supervisor: null,
    roles: ['executive'],
  }),
  person('sun.hao', '孙浩', '流程与内控经理', {
    department: 'd-exec',
    supervisor: 'zhao.min',
    roles: ['process_owner'],
  }),
  person('xu.jing', '徐静', '总经理助理', { department: 'd-exec', supervisor: 'zhao.min' }),
  // 财务部 Finance
  person('huang.lei', '黄磊', '财务总监', {
    department: 'd-finance',
    supervisor: 'zhao.min',
    roles: ['finance'],
    approvalLimit: '50000.00',
  }),
  person('li.na', '李娜', '会计主管', {
    department: 'd-finance',
    supervisor: 'huang.lei',
    roles: ['finance'],
    positions: ['accountant'],
  }),
  person('zhang.wei', '张伟', '出纳', {
    department: 'd-finance',
    supervisor: 'huang.lei',
    positions: ['cashier'],
  }),
  person('lin.xiaoyu', '林晓雨', '费用会计', {
    department: 'd-finance',
    supervisor: 'li.na',
    positions: ['accountant'],
  }),
  // 销售中心 Sales
  person('liu.yang', '刘洋', '销售副总裁', {
    department: 'd-sales',
    supervisor: 'zhao.min',
    approvalLimit: '50000.00',
  }),
  person('fang.qing', '方晴', '销售运营专员', { department: 'd-sales', supervisor: 'liu.yang' }),
  // 华东销售部 East Sales
  person('wang.fang', '王芳', '华东销售经理', {
    department: 'd-sales-east',
    supervisor: 'liu.yang',
    approvalLimit: '5000.00',
  }),
  person('chen.jie', '陈杰', '销售代表', { department: 'd-sales-east', supervisor: 'wang.fang' }),
  person('yang.fan', '杨帆', '高级销售代表', {
    department: 'd-sales-east',
    supervisor: 'wang.fang',
  }),
  person('wu.ting', '吴婷', '销售助理', { department: 'd-sales-east', supervisor: 'wang.fang' }),
  person('zheng.kai', '郑凯', '销售代表（已离职）', {
    department: 'd-sales-east',
    supervisor: 'wang.fang',
    disabled: true,
  }),
  // 华南销售部 South Sales
  person('he.jun', '何军', '华南销售经理', {
    department: 'd-sales-south',
    supervisor: 'liu.yang',
    approvalLimit: '5000.00',
  }),
  person('luo.meiling', '罗美玲', '销售代表', {
    department: 'd-sales-south',
    supervisor: 'he.jun',
  }),
  person('liang.chao', '梁超', '销售代表', { department: 'd-sales-south', supervisor: 'he.jun' }),
  person('jiang.tao', '江涛', '大客户经理', { department: 'd-sales-south', supervisor: 'he.jun' }),
  // 运营中心 Operations
  person('ma.qiang', '马强', '运营总监', {
    department: 'd-ops',
    supervisor: 'zhao.min',
    approvalLimit: '50000.00',
  }),
  // 采购部 Purchasing
  person('gao.yuan', '高远', '采购经理', {
    department: 'd-purchasing',
    supervisor: 'ma.qiang',
    roles: ['purchasing'],
    approvalLimit: '5000.00',
  }),
  person('song.li', '宋丽', '采购专员', {
    department: 'd-purchasing',
    supervisor: 'gao.yuan',
    roles: ['purchasing'],
    positions: ['buyer'],
  }),
  person('han.xue', '韩雪', '采购助理', {
    department: 'd-purchasing',
    supervisor: 'gao.yuan',
    positions: ['buyer'],
  }),
  // 仓储部 Warehouse
  person('feng.gang', '冯刚', '仓储主管', {
    department: 'd-warehouse',
    supervisor: 'ma.qiang',
    roles: ['warehouse'],
    approvalLimit: '5000.00',
  }),
  person('cao.jian', '曹健', '仓库管理员', {
    department: 'd-warehouse',
    supervisor: 'feng.gang',
    roles: ['warehouse'],
  }),
  person('deng.hui', '邓辉', '物流专员', { department: 'd-warehouse', supervisor: 'feng.gang' }),
  // 法务部 Legal
  person('xie.wen', '谢文', '法务经理', {
    department: 'd-legal',
    supervisor: 'zhao.min',
    roles: ['legal'],
    approvalLimit: '5000.00',
  }),
  person('pan.yue', '潘悦', '法务专员', {
    department: 'd-legal',
    supervisor: 'xie.wen',
    roles: ['legal'],
  }),
  // 人力资源部 HR
  person('zhu.hong', '朱红', '人力资源经理', {
    department: 'd-hr',
    supervisor: 'zhao.min',
    approvalLimit: '5000.00',
  }),
  person('qian.lu', '钱露', '招聘专员', { department: 'd-hr', supervisor: 'zhu.hong' }),
  // 研发部 R&D
  person('guo.peng', '郭鹏', '研发经理', {
    department: 'd-rnd',
    supervisor: 'zhao.min',
    approvalLimit: '5000.00',
  }),
  person('zhou.yu', '周宇', 'IT 系统管理员', {
    department: 'd-rnd',
    supervisor: 'guo.peng',
    roles: ['admin'],
  }),
  person('yu.qian', '于倩', '软件工程师', { department: 'd-rnd', supervisor: 'guo.peng' }),
  person('shen.bo', '沈波', '数据分析师', { department: 'd-rnd', supervisor: 'guo.peng' }),
];
