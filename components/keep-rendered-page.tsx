"use client";

import { Component, type ReactNode } from "react";

/**
 * Swallows the notFound() that NotFoundPage throws only to give the response its 404 status: in the browser
 * the page keeps the message the server already rendered (the staff 404's wording, say) instead of the
 * nearest not-found.tsx replacing it.
 */
export class KeepRenderedPage extends Component<{ children: ReactNode }, { caught: boolean }> {
  state = { caught: false };

  static getDerivedStateFromError() {
    return { caught: true };
  }

  render() {
    return this.state.caught ? null : this.props.children;
  }
}
