// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../lib/sites/generic';
import { lastUnansweredCustomerMessage, messageAbove } from '../../lib/sites/last-message';
import { fixturePages } from '../fixtures/sites/load';

const open = fixturePages();
const URL_TICKET = 'https://support.zernoipar.example/ticket/42';

function page(body: string) {
  document.body.innerHTML = body;
  return document.getElementById('box')!;
}

describe('generic mode: the customer message above the reply box', () => {
  it('reads the visible customer message of generic.html as the waiting `in` message, its author apart', () => {
    const fixture = open('generic.html', URL_TICKET);
    const snapshot = genericAdapter.thread(fixture.document, fixture.url())!;
    expect(snapshot.messages).toEqual([
      { id: expect.any(String), author: 'Анна Смирнова', direction: 'in', at: null, text: 'Здравствуйте! В чеке пробили два капучино вместо одного.' },
    ]);
    expect(lastUnansweredCustomerMessage(snapshot)?.text).toMatch(/два капучино/);
    // The same page read again names the message the same way (no new SLA event).
    expect(genericAdapter.thread(fixture.document, fixture.url())!.messages[0]!.id).toBe(snapshot.messages[0]!.id);
  });

  it('takes the nearest block, skipping controls, headings, hidden text and short labels', () => {
    const box = page(`
      <p>Старое сообщение клиента, на которое уже ответили.</p>
      <div class="msg"><b>Олег</b> Где мой заказ 5521? Жду третий день.</div>
      <div hidden>Скрытый шаблон ответа для операторов</div>
      <div style="display:none">Ещё один скрытый блок текста</div>
      <h2>Ваш ответ клиенту</h2>
      <span>Сегодня</span>
      <button>Прикрепить файл к ответу</button>
      <nav><a href="/help">Справка по обращениям</a></nav>
      <textarea id="box"></textarea>`);
    expect(messageAbove(box)).toEqual({ author: '', text: 'Олег Где мой заказ 5521? Жду третий день.' });
  });

  it('says nothing when the nearest text is an article or there is no text at all', () => {
    expect(messageAbove(page(`<article><p>${'Длинная статья. '.repeat(200)}</p></article><textarea id="box"></textarea>`))).toBeNull();
    expect(messageAbove(page(`<h1>Обратная связь</h1><form><label>Ваш вопрос</label><textarea id="box"></textarea></form>`))).toBeNull();
  });

  it('a page without a message has a snapshot without messages (the panel says it cannot see one)', () => {
    document.title = 'Форма';
    document.body.innerHTML = '<h1>Напишите нам</h1><textarea></textarea>';
    expect(genericAdapter.thread(document, new URL('https://example.com/contact'))!.messages).toEqual([]);
  });
});
