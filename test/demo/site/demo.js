// Threads of the demo inbox; switching threads changes the hash (single-page navigation).
const THREADS = {
  t1: [
    ['in', '10:02', 'Здравствуйте! Заказ 4512 должны были привезти к 10:00.'],
    ['in', '10:41', 'Где мой заказ? Курьер опаздывает уже на час, это нормально вообще?'],
  ],
  t2: [['in', '09:15', 'Добрый день, промокод ZERNO10 не применяется при оплате, пишет что недействителен']],
  t3: [
    ['in', '08:30', 'Hi! I cancelled my order yesterday.'],
    ['in', '08:31', 'Where is my refund? I want my money back.'],
  ],
};
const list = document.getElementById('messages');
const reply = document.getElementById('reply');
const send = document.getElementById('send');

function render() {
  const id = (location.hash || '#t1').slice(1);
  list.replaceChildren(
    ...(THREADS[id] || []).map(([dir, time, text]) => {
      const div = document.createElement('div');
      div.className = 'msg ' + dir;
      div.textContent = text;
      const t = document.createElement('time');
      t.textContent = time;
      div.append(t);
      return div;
    }),
  );
  document.querySelectorAll('.thread').forEach((a) => a.classList.toggle('active', a.getAttribute('href') === '#' + id));
}
reply.addEventListener('input', () => (send.disabled = !reply.value.trim()));
send.addEventListener('click', () => {
  const id = (location.hash || '#t1').slice(1);
  THREADS[id].push(['out', new Date().toTimeString().slice(0, 5), reply.value]);
  reply.value = '';
  send.disabled = true;
  render();
});
window.addEventListener('hashchange', render);
render();
