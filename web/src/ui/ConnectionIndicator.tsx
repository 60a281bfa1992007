import type { SocketStatus } from '../app/live.js';

/** The state of a live link (online, connecting, offline), as a status the screen reader announces. */
export function ConnectionIndicator({
  status,
  labels,
}: {
  status: SocketStatus;
  labels: Record<SocketStatus, string>;
}) {
  const icon = { online: '●', connecting: '◌', offline: '○' }[status];
  return (
    <span className={`connection connection-${status}`} role="status">
      <span aria-hidden="true">{icon}</span> {labels[status]}
    </span>
  );
}
