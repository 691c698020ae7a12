import type { CSSProperties } from 'react';

/** The popup's few shared styles (it is small enough not to need a stylesheet). */
export const buttonStyle: CSSProperties = {
  display: 'block', width: '100%', margin: '6px 0', padding: '8px 10px', border: '1px solid #d0d5dd',
  borderRadius: 8, background: '#fff', color: '#1d2433', font: 'inherit', textAlign: 'left', cursor: 'pointer',
};

export const primaryButtonStyle: CSSProperties = { ...buttonStyle, background: '#1d4ed8', borderColor: '#1d4ed8', color: '#fff' };

export const noteStyle: CSSProperties = { color: '#475467', margin: '8px 0 0' };

export const noticeStyle: CSSProperties = { color: '#9a3412', margin: '6px 0' };
