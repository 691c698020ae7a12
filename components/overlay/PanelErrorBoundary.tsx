import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the panel after a rendering error. */
  fallback: ReactNode;
  children: ReactNode;
}

/** A rendering bug in the panel must leave a message, not a silently vanished panel. */
export class PanelErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('[TrustOps] the panel failed to render', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
