// If drawing the plan ever fails, the inputs stay saved and the person can reset only the view.
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
  attempt: number;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="panel crash">
          <h1>Something went wrong drawing the plan</h1>
          <p>Your inputs are saved in this browser and have not been changed.</p>
          <p className="muted">{this.state.error.message}</p>
          <button type="button" onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>
            Reset the view
          </button>
        </div>
      );
    }
    return <div key={this.state.attempt}>{this.props.children}</div>;
  }
}
