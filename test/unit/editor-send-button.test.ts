// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findSendButton, isSendButtonTarget } from '../../lib/editor/send-button';

afterEach(() => {
  document.body.innerHTML = '';
});

const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('the send button of a composer', () => {
  it('is the submit button of the composer’s form', () => {
    document.body.innerHTML = `<form><textarea id="c"></textarea><button type="button" id="emoji">😀</button><button type="submit" id="s">Go</button></form>`;
    expect(findSendButton(byId('c'))).toBe(byId('s'));
  });

  it('outside a form, is the nearest following button labelled send / отправить / reply', () => {
    document.body.innerHTML = `
      <section>
        <button id="before" aria-label="Send">x</button>
        <div><div contenteditable="true" id="c"></div></div>
        <div class="toolbar"><button id="emoji" aria-label="Эмодзи">☺</button><div role="button" id="s" aria-label="Отправить сообщение"><svg id="icon"></svg></div></div>
      </section>`;
    expect(findSendButton(byId('c'))).toBe(byId('s'));
    expect(isSendButtonTarget(byId('icon'), byId('c'))).toBe(byId('s'));
    expect(isSendButtonTarget(byId('emoji'), byId('c'))).toBeNull();
    expect(isSendButtonTarget(byId('before'), byId('c'))).toBeNull();
  });

  it('does not take words that merely contain "post" or "send"', () => {
    document.body.innerHTML = `<div><textarea id="c"></textarea><button id="b">Postpone</button><button id="d">Sender info</button></div>`;
    expect(findSendButton(byId('c'))).toBeNull();
  });

  it('takes an adapter’s selector wherever the button sits', () => {
    document.body.innerHTML = `<div><button class="send-btn" id="s">➤</button><textarea id="c"></textarea></div>`;
    expect(findSendButton(byId('c'), { selector: '.send-btn' })).toBe(byId('s'));
  });
});
