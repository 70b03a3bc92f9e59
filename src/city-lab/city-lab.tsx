import { useCallback, useEffect, useState } from 'react';
import { cityLab as m } from '@messages/city-lab';
import { richText } from '../messages/rich-text';
import { CityMap, STATUS_COLOURS } from './city-map';
import { getCity, getRide, listDrivers, listRideEvents, listRides, rateRide, requestRide, rideAction, updateCity, type CityState, type Driver, type LatLng, type Ride } from './lab-api';
import { PRESET_TRIP } from './map-geometry';
import { RidePanel, type TimelineEntry } from './ride-panel';
import { useCityFeed, type CityEvent } from './use-city-feed';
import './city-lab.css';
import { onSandboxChanged } from '../sandbox-controls/sandbox-events';

const SPEEDS = [1, 2, 5, 10, 20];

/**
 * Chapter 12's map: a simulated city whose drivers drift along the streets, a demo rider
 * who requests a ride, and the ride followed live over the WebSocket from request to rating.
 * Everything goes through the public API: the page is a rider app, the buttons a driver's.
 */
export default function CityLab() {
  const [city, setCity] = useState<CityState | null>(null);
  const [drivers, setDrivers] = useState<Driver[]>([]);
  const [ride, setRide] = useState<Ride | null>(null);
  // Every ride event the feed brought, for all rides: ride.requested and ride.offered can arrive before POST /rides answers.
  const [rideEvents, setRideEvents] = useState<(TimelineEntry & { rideId: string })[]>([]);
  const [picked, setPicked] = useState<LatLng[]>([]);
  const [rated, setRated] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  const refreshDrivers = useCallback(() => listDrivers().then(setDrivers, (error: Error) => setNote(error.message)), []);
  useEffect(() => {
    void getCity().then(setCity, (error: Error) => setNote(error.message));
    void refreshDrivers();
    // Coming back to the page (the sandbox lives on in this tab), pick up the ride still under way so its steps stay at hand.
    void listRides().then((rides) => setRide((current) => current ?? rides.filter((row) => !['completed', 'cancelled'].includes(row.status)).at(-1) ?? null), (error: Error) => setNote(error.message));
    // A reset puts the drivers and the city back and forgets every ride: follow it rather than show a ride that is gone.
    return onSandboxChanged((change) => {
      void refreshDrivers();
      void getCity().then(setCity, (error: Error) => setNote(error.message));
      if (change.cause === 'reset') setRide(null);
    });
  }, [refreshDrivers]);

  const remember = useCallback((event: CityEvent) => {
    const data = event.data;
    const noteText = event.type === 'ride.offered' || event.type === 'ride.matched' ? m.ride.driverNote(String(data.driver_id)) : undefined;
    const entry = { id: event.id, rideId: String(data.ride_id), type: event.type, at: event.occurred_at, note: noteText };
    setRideEvents((entries) => (entries.some((known) => known.id === event.id) ? entries : [...entries, entry].sort((a, b) => a.id - b.id)));
  }, []);
  useEffect(() => {
    void listRideEvents().then((events) => events.forEach(remember), (error: Error) => setNote(error.message));
  }, [remember]);

  const rideId = ride?.id;
  const open = useCityFeed((event: CityEvent) => {
    const data = event.data;
    if (event.type === 'driver.location_updated') {
      const location = { lat: Number(data.lat), lng: Number(data.lng) };
      setDrivers((all) => all.map((driver) => (driver.id === data.driver_id ? { ...driver, location } : driver)));
      return;
    }
    void refreshDrivers(); // ride events change drivers' statuses (offered, busy, available again)
    remember(event);
    if (rideId && data.ride_id === rideId) void getRide(rideId).then(setRide, (error: Error) => setNote(error.message));
  });

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setNote(null);
    try {
      await work();
    } catch (error) {
      setNote((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const control = (change: Partial<Pick<CityState, 'running' | 'speed'>>) => run(async () => setCity(await updateCity(change)));
  const request = (pickup: LatLng, dropoff: LatLng) =>
    run(async () => {
      setRated(null);
      setPicked([]);
      const created = await requestRide(pickup, dropoff);
      setRide(created);
      setRide(await getRide(created.id)); // an event that came before we knew the id found no ride to refresh
    });
  const pick = (point: LatLng) => {
    if (ride && ride.status !== 'completed' && ride.status !== 'cancelled') return setNote(m.ride.finishFirst(ride.id));
    const points = picked.length >= 2 ? [point] : [...picked, point];
    setPicked(points);
    if (points.length === 2) void request(points[0]!, points[1]!);
  };

  return (
    <main className="page city-lab">
      <h1>{m.title}</h1>
      <p className="city-intro">
        {richText(m.intro, { location: <code>{'POST /api/v1/drivers/{id}/location'}</code>, actions: <code>{'_actions'}</code> })}
      </p>
      <section className="city-controls" aria-label={m.simulation.label}>
        <button type="button" disabled={busy || !city} onClick={() => control({ running: !city?.running })}>
          {city?.running ? m.simulation.pause : m.simulation.start}
        </button>
        <label>
          {m.simulation.speed}{' '}
          <select value={city?.speed ?? 1} disabled={busy || !city} onChange={(event) => control({ speed: Number(event.target.value) })}>
            {SPEEDS.map((speed) => (
              <option key={speed} value={speed}>{m.simulation.speedOption(speed)}</option>
            ))}
          </select>
        </label>
        <span className="city-muted" data-testid="city-state">
          {city ? m.simulation.state(city.running, city.speed, city.tick_interval_ms) : m.simulation.loading}
        </span>
        <span className="city-muted" data-testid="feed-state">{open ? m.simulation.feedOpen : m.simulation.feedConnecting}</span>
      </section>
      {note && <p className="city-note" role="alert">{note}</p>}
      <div className="city-layout">
        <figure className="city-figure">
          <CityMap drivers={drivers} ride={ride} picked={picked} onPick={pick} />
          <figcaption className="city-legend">
            {Object.entries(STATUS_COLOURS).map(([status, colour]) => (
              <span key={status}>
                <svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill={colour} /></svg> {status}
              </span>
            ))}
            <span>{m.map.legend}</span>
          </figcaption>
        </figure>
        <section className="city-side" aria-label={m.ride.label}>
          <h2>{m.ride.title}</h2>
          <button type="button" disabled={busy || (ride !== null && !['completed', 'cancelled'].includes(ride.status))} onClick={() => request(PRESET_TRIP.pickup, PRESET_TRIP.dropoff)}>
            {m.ride.requestPreset}
          </button>
          <RidePanel
            ride={ride}
            timeline={rideEvents.filter((entry) => entry.rideId === ride?.id)}
            rated={rated}
            busy={busy}
            onAction={(action) => run(async () => setRide(await rideAction(ride!.id, action)))}
            onRate={(stars) => run(async () => {
              await rateRide(ride!.id, stars);
              setRated(stars);
            })}
          />
        </section>
      </div>
    </main>
  );
}
