import type { Messages } from '../i18n/messages.ts';

/** Texts of the read-only diagram (namespace `diagram`): run states and the legend. */
export const diagramZh = {
  runState: {
    passed: '已通过',
    active: '进行中',
    rejected: '已驳回',
  },
  legend: '图例',
  flow: {
    node: '按回车或空格键选中节点，按 Delete 键删除，按 Esc 键取消。',
    nodeKeyboard: '按回车或空格键选中节点，然后可用方向键移动它；按 Delete 键删除，按 Esc 键取消。',
    moved: '已移动所选节点，新位置 x：{{x}}，y：{{y}}',
    edge: '按回车或空格键选中连线，然后可按 Delete 键删除，或按 Esc 键取消。',
    controls: '画布控制',
    zoomIn: '放大',
    zoomOut: '缩小',
    fitView: '适应画布',
    interactive: '锁定或解锁画布',
    minimap: '缩略图',
    handle: '连接点',
  },
};

export const diagramEn: Messages<typeof diagramZh> = {
  runState: {
    passed: 'Passed',
    active: 'In progress',
    rejected: 'Rejected',
  },
  legend: 'Legend',
  flow: {
    node: 'Press Enter or Space to select a node; Delete removes it, Escape cancels.',
    nodeKeyboard:
      'Press Enter or Space to select a node, then move it with the arrow keys; Delete removes it, Escape cancels.',
    moved: 'Moved the selected node. New position, x: {{x}}, y: {{y}}',
    edge: 'Press Enter or Space to select an edge, then Delete to remove it or Escape to cancel.',
    controls: 'Canvas controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Fit to view',
    interactive: 'Lock or unlock the canvas',
    minimap: 'Mini map',
    handle: 'Connection point',
  },
};
