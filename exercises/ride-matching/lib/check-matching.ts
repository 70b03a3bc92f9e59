/**
 * The checks, each returning its problems as teaching sentences. They search hand-built
 * scenes (one rule each: availability, the radius edge, ties, the limit, the defaults) and
 * the generated cities, and compare every answer with the brute-force oracle (./oracle).
 */
import { callFind, describeCall, type FindDrivers } from './calls';
import { CITIES, bigCity, driverId, type City } from './cities';
import { destination, haversineKm } from './geo';
import { candidates, searchProblem, type Search } from './oracle';

const BERLIN: MatchPoint = { lat: 52.52, lng: 13.405 };

/** Searches one scene with its radius and limit and compares with the oracle. */
function problemFor(fn: FindDrivers, search: Search): string[] {
  return problemWith(fn, search, { radiusKm: search.radiusKm, limit: search.limit });
}

/** Searches one scene with the options given (undefined: none at all) and compares with the oracle. */
function problemWith(fn: FindDrivers, search: Search, options: MatchOptions | undefined): string[] {
  const call = describeCall(search.drivers, search.pickup, options);
  const problem = searchProblem(search, callFind(fn, search.drivers, search.pickup, options), call);
  return problem ? [problem] : [];
}

const driverAt = (n: number, status: MatchDriverStatus, bearingDeg: number, km: number): MatchDriver => ({
  id: driverId(n),
  status,
  location: destination(BERLIN, (bearingDeg * Math.PI) / 180, km),
});

/** The nearest drivers are offered, busy or offline; only available ones may come back. */
export function availabilityProblems(fn: FindDrivers): string[] {
  const drivers = [
    driverAt(1, 'busy', 10, 0.2),
    driverAt(2, 'offered', 80, 0.4),
    driverAt(3, 'offline', 200, 0.6),
    driverAt(4, 'available', 300, 1.5),
    driverAt(5, 'busy', 45, 0.8),
    driverAt(6, 'available', 120, 2.5),
    driverAt(7, 'offered', 250, 1.0),
  ];
  return problemFor(fn, { drivers, pickup: BERLIN, radiusKm: 5, limit: 5 });
}

/**
 * A driver exactly on the radius is inside it. "Exactly" is measured with the learner's
 * own distance, so any correct formula passes: search wide, then search again with the
 * radius set to the distance findDrivers itself reported, and a hair less.
 */
export function radiusEdgeProblems(fn: FindDrivers): string[] {
  const drivers = [driverAt(1, 'available', 0, 2.5), driverAt(2, 'available', 90, 3.2), driverAt(3, 'available', 215, 4.05)];
  const wide = callFind(fn, drivers, BERLIN, { radiusKm: 50, limit: 10 });
  return drivers.flatMap((driver) => {
    const own = wide.find((entry) => entry.driver.id === driver.id);
    if (!own) {
      return [`${describeCall(drivers, BERLIN, { radiusKm: 50, limit: 10 })} left out ${driver.id}, available and ${haversineKm(BERLIN, driver.location).toFixed(3)} km away, so the radius edge could not be probed. Make the search checks pass first.`];
    }
    const onEdge = { radiusKm: own.distanceKm, limit: 10 };
    if (!callFind(fn, drivers, BERLIN, onEdge).some((entry) => entry.driver.id === driver.id)) {
      return [
        `${describeCall(drivers, BERLIN, onEdge)} left out ${driver.id}, whose distance you reported as exactly ${own.distanceKm} km. ` +
          'The radius is included: keep drivers with distanceKm <= radiusKm, not <.',
      ];
    }
    const below = { radiusKm: own.distanceKm * (1 - 1e-9), limit: 10 };
    if (callFind(fn, drivers, BERLIN, below).some((entry) => entry.driver.id === driver.id)) {
      return [`${describeCall(drivers, BERLIN, below)} returned ${driver.id}, whose distance you reported as ${own.distanceKm} km, more than the radius. Compare the distance with the radius itself: distanceKm <= radiusKm.`];
    }
    return [];
  });
}

/** Drivers on the same spot come back in id order, whatever order they were given in. */
export function tieProblems(fn: FindDrivers): string[] {
  const spot = destination(BERLIN, 1, 1.2);
  const drivers: MatchDriver[] = [9, 3, 12, 5, 7].map((n) => ({ id: driverId(n), status: 'available', location: { ...spot } }));
  drivers.push(driverAt(1, 'available', 180, 3.5), driverAt(2, 'available', 270, 0.7));
  return [3, 4].flatMap((limit) => problemFor(fn, { drivers, pickup: BERLIN, radiusKm: 5, limit }));
}

/** At most `limit` drivers, the nearest ones; fewer when fewer fit; none for limit 0. */
export function limitProblems(fn: FindDrivers): string[] {
  const city = CITIES[0]!;
  const fitting = candidates(city).length;
  return [1, 3, fitting, fitting + 10, 0].flatMap((limit) => problemFor(fn, { ...city, limit }));
}

/** Without options, or without one of them, the search uses radiusKm 5 and limit 5. */
export function defaultProblems(fn: FindDrivers): string[] {
  const city = CITIES[0]!;
  return [
    ...problemWith(fn, { ...city, radiusKm: 5, limit: 5 }, undefined),
    ...problemWith(fn, { ...city, radiusKm: 5, limit: 3 }, { limit: 3 }),
    ...problemWith(fn, { ...city, radiusKm: 2, limit: 5 }, { radiusKm: 2 }),
  ];
}

/** One generated city, compared with the oracle, its name in front of the problem. */
export function cityProblems(fn: FindDrivers, city: City): string[] {
  return problemFor(fn, city).map((problem) => `${city.name}: ${problem}`);
}

/** Every generated city, compared with the oracle. */
export function allCityProblems(fn: FindDrivers, cities: readonly City[] = CITIES): string[] {
  return cities.flatMap((city) => cityProblems(fn, city));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * 100,000 drivers: the answer must still be right; the time is only reported (printed to
 * the check's output), never judged, because a shared or busy machine would make any
 * threshold flaky.
 */
export function speedProblems(fn: FindDrivers): string[] {
  const city = bigCity();
  const drivers = Object.freeze(city.drivers.map((driver) => Object.freeze({ ...driver, location: Object.freeze({ ...driver.location }) })));
  const options = { radiusKm: city.radiusKm, limit: city.limit };
  const times: number[] = [];
  let answer: DriverMatch[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    answer = callFind(fn, drivers, city.pickup, options);
    times.push(performance.now() - start);
  }
  const start = performance.now();
  candidates(city);
  const oracleTime = performance.now() - start;
  console.log(
    `findDrivers on ${drivers.length.toLocaleString('en')} drivers took ${ms(median(times))} (median of 3 runs); ` +
      `the grader's brute-force oracle took ${ms(oracleTime)}. Not graded: a sandbox answers in time either way.`,
  );
  const problem = searchProblem({ ...city, drivers }, answer, describeCall(drivers, city.pickup, options));
  return problem ? [`${city.name}: ${problem}`] : [];
}
