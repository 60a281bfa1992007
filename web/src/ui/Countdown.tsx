import { useEffect, useState } from 'react';

/**
 * Minutes and seconds left until `endsAt`, ticking each second; at zero it stays at 0:00 (only the
 * facilitator moves the phase). The projector and the phones show the same one.
 */
export function Countdown({
  endsAt,
  label,
  className,
}: {
  endsAt: string;
  label: string;
  className: string;
}) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.ceil((Date.parse(endsAt) - now) / 1000));
  const text = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  return (
    <p role="timer" className={`${className} ${left === 0 ? 'done' : ''}`} data-testid="countdown">
      <span className="countdown-label">{label}: </span>
      {text}
    </p>
  );
}
