import type { MouseEvent } from 'react';
import { cityLab } from '@messages/city-lab';
import type { Driver, LatLng, Ride } from './lab-api';
import { MAP_SIZE, streetSegments, toLatLng, toXY } from './map-geometry';

/** Drivers are coloured by status, the legend under the map says which is which. */
export const STATUS_COLOURS = { available: '#2e9d5b', offered: '#d99a1e', busy: '#3167c4', offline: '#8a8f98' } as const;

const STREETS = streetSegments();

interface Props {
  drivers: Driver[];
  ride: Ride | null;
  /** Points picked by clicking, before the ride is requested. */
  picked: LatLng[];
  onPick?: (point: LatLng) => void;
}

/** The city drawn as SVG: streets, every driver as a dot, the demo rider's pickup, drop-off and route. */
export function CityMap({ drivers, ride, picked, onPick }: Props) {
  const click = (event: MouseEvent<SVGSVGElement>) => {
    if (!onPick) return;
    const box = event.currentTarget.getBoundingClientRect();
    onPick(toLatLng(((event.clientX - box.left) / box.width) * MAP_SIZE, ((event.clientY - box.top) / box.height) * MAP_SIZE));
  };
  // The car's way to where it is headed now: the pickup until the rider is on board, then the drop-off.
  const driverOfRide = ride?.driver_id ? drivers.find((driver) => driver.id === ride.driver_id) : undefined;
  const points = ride ? [ride.pickup, ride.dropoff] : picked;
  return (
    <svg className="city-map" viewBox={`0 0 ${MAP_SIZE} ${MAP_SIZE}`} role="img" aria-label={cityLab.map.label} data-testid="city-map" onClick={click}>
      <rect width={MAP_SIZE} height={MAP_SIZE} className="city-ground" />
      {STREETS.map(({ key, ...line }) => (
        <line key={key} {...line} className="city-street" />
      ))}
      {ride && driverOfRide && ride.status !== 'completed' && ride.status !== 'cancelled' && (
        <polyline className="city-route city-route-approach" points={[driverOfRide.location, ride.status === 'in_progress' ? ride.dropoff : ride.pickup].map(xy).join(' ')} />
      )}
      {points.length === 2 && <polyline className="city-route" points={points.map(xy).join(' ')} data-testid="ride-route" />}
      {drivers.map((driver) => {
        const { x, y } = toXY(driver.location);
        const mine = driver.id === ride?.driver_id && ride.status !== 'completed' && ride.status !== 'cancelled';
        return (
          <circle key={driver.id} cx={x} cy={y} r={mine ? 9 : 6} fill={STATUS_COLOURS[driver.status]} className={mine ? 'city-driver city-driver-mine' : 'city-driver'} data-testid={`driver-${driver.id}`} data-status={driver.status}>
            <title>{cityLab.map.driver(driver.name, driver.id, driver.status)}</title>
          </circle>
        );
      })}
      {/* Pickup and drop-off last, so no passing car hides them. */}
      {points.map((point, index) => {
        const { x, y } = toXY(point);
        return (
          <g key={index} className={index === 0 ? 'city-pickup' : 'city-dropoff'}>
            <rect x={x - 7} y={y - 7} width={14} height={14} rx={3} />
            <text x={x} y={y + 4} textAnchor="middle">{index === 0 ? cityLab.map.pickupMark : cityLab.map.dropoffMark}</text>
            <title>{index === 0 ? cityLab.map.pickup : cityLab.map.dropoff}</title>
          </g>
        );
      })}
    </svg>
  );
}

const xy = (point: LatLng) => {
  const { x, y } = toXY(point);
  return `${x.toFixed(1)},${y.toFixed(1)}`;
};
