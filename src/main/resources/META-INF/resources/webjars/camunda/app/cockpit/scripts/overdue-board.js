/*
 * 逾期督办: a Cockpit dashboard plugin listing the overdue tasks the logged-in user may see (the total, and the
 * 100 most overdue), with their lateness in working time, counts per process and per step, and what falls due
 * within one working day.
 * Reads /api/overdue with the browser's Cockpit session (a GET: no CSRF token needed).
 */
const COLUMNS = [
  ['title', '标题'], ['process', '流程'], ['step', '环节'], ['who', '办理人或组'], ['urgency', '紧急程度'],
  ['due', '到期时间'], ['late', '逾期时长']
];

function text(value) {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

function when(iso) {
  const d = new Date(iso);
  const pad = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function row(item) {
  const late = item.overdueDays * 1e6 + item.overdueHours * 100 + item.overdueMinutes;
  return {
    item,
    title: text(item.title),
    process: text(item.process),
    step: text(item.step),
    who: item.assignee ? item.assignee : (item.candidateGroups || []).join('、') || '—',
    urgency: text(item.urgency),
    due: item.due,
    late,
    lateText: `${item.overdueDays} 个工作日 ${item.overdueHours} 小时`
  };
}

function table(rows, showLate, sortState, onSort) {
  const head = COLUMNS.filter(([key]) => showLate || key !== 'late').map(([key, label]) => {
    const mark = sortState.key === key ? (sortState.asc ? ' ▲' : ' ▼') : '';
    return `<th style="cursor:pointer" data-sort="${key}">${label}${mark}</th>`;
  }).join('');
  const body = rows.map(r => `<tr>
      <td><a href="#/process-instance/${r.item.processInstanceId}/runtime">${r.title}</a></td>
      <td>${r.process}</td><td>${r.step}</td><td>${r.who}</td><td>${r.urgency}</td>
      <td>${when(r.due)}</td>${showLate ? `<td>${r.lateText}</td>` : ''}</tr>`).join('');
  const html = `<table class="cam-table"><thead><tr>${head}</tr></thead><tbody>${body ||
    '<tr><td colspan="7">无</td></tr>'}</tbody></table>`;
  const wrapper = document.createElement('div');
  wrapper.innerHTML = html;
  wrapper.querySelectorAll('th[data-sort]').forEach(th => th.addEventListener('click', () => onSort(th.dataset.sort)));
  return wrapper;
}

function counts(title, map) {
  const entries = Object.entries(map || {});
  return `<div class="col-sm-6"><h4>${title}</h4><ul>${entries.map(([k, v]) => `<li>${k}：${v} 件</li>`).join('') ||
    '<li>无</li>'}</ul></div>`;
}

/** The board counts at most this many overdue tasks per process and step (OverdueBoard.COUNTED). */
const COUNTED = 2000;

export default [{
  id: 'secretariat.overdueBoard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node) => {
    node.innerHTML = '<section class="overdue-board"><h3>逾期督办</h3><p>正在加载……</p></section>';
    const sortState = { key: 'late', asc: false };
    fetch('/api/overdue', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(board => {
        const overdue = board.overdue.map(row);
        const dueSoon = board.dueSoon.map(row);
        const section = node.querySelector('section');
        const draw = () => {
          const sorted = [...overdue].sort((a, b) => {
            const x = a[sortState.key], y = b[sortState.key];
            return (x > y ? 1 : x < y ? -1 : 0) * (sortState.asc ? 1 : -1);
          });
          const shown = board.overdueTotal > overdue.length ? `，显示最逾期的 ${overdue.length} 件` : '';
          const partial = board.countsComplete ? '' :
            `<p class="text-muted">以下统计按最逾期的 ${COUNTED} 件计算。</p>`;
          section.innerHTML = `<h3>逾期督办（共 ${board.overdueTotal} 件${shown}）</h3>${partial}
            <div class="row">${counts('按流程', board.overdueByProcess)}${counts('按环节', board.overdueByStep)}</div>`;
          section.appendChild(table(sorted, true, sortState, key => {
            sortState.asc = sortState.key === key ? !sortState.asc : true;
            sortState.key = key;
            draw();
          }));
          const soon = document.createElement('h3');
          soon.textContent = `即将到期（一个工作日内，共 ${board.dueSoonTotal} 件` +
            (board.dueSoonTotal > dueSoon.length ? `，显示最先到期的 ${dueSoon.length} 件）` : '）');
          section.appendChild(soon);
          section.appendChild(table(dueSoon, false, { key: 'due', asc: true }, () => {}));
        };
        draw();
      })
      .catch(status => {
        node.querySelector('section').innerHTML = `<h3>逾期督办</h3><p>无法加载逾期事项（${status}）。</p>`;
      });
  }
}];
