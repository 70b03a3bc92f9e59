import type { DriverRecord, RiderRecord } from './records';

/**
 * The seeded city: twelve demo drivers standing on street corners of the simulated grid
 * (city-sim-grid.ts: 0.005° of latitude and 0.008° of longitude between streets, centre
 * 52.5200, 13.4050), all within about 5 km of the centre, and one rider per demo user.
 * Functions, not constants, so every reset hands out fresh objects.
 */

const CENTER = { lat: 52.52, lng: 13.405 };

// [name, make, model, plate, seats, corner row, corner col, status]: rows north, cols east of the centre.
const DRIVERS: ReadonlyArray<readonly [string, string, string, string, number, number, number, DriverRecord['status']]> = [
  ['Mina Okafor', 'Toyota', 'Prius', 'B-RD 101', 4, 1, 1, 'available'],
  ['Jonas Weber', 'Volkswagen', 'ID.4', 'B-RD 102', 4, -2, 3, 'available'],
  ['Lea Schmidt', 'Skoda', 'Octavia', 'B-RD 103', 4, 4, -1, 'available'],
  ['Tariq Hassan', 'Mercedes', 'V-Class', 'B-RD 104', 7, -5, -4, 'available'],
  ['Sofia Rossi', 'Hyundai', 'Ioniq 5', 'B-RD 105', 4, 0, -6, 'available'],
  ['Piotr Nowak', 'Tesla', 'Model 3', 'B-RD 106', 4, 6, 5, 'available'],
  ['Aiko Tanaka', 'Kia', 'Niro', 'B-RD 107', 4, -6, 2, 'available'],
  ['Emil Larsen', 'Volvo', 'XC40', 'B-RD 108', 4, 3, 6, 'available'],
  ['Nadia Benali', 'Renault', 'Zoe', 'B-RD 109', 4, -3, -2, 'available'],
  ['Luca Bianchi', 'Ford', 'Tourneo', 'B-RD 110', 8, 5, -5, 'available'],
  ['Hana Novak', 'BMW', 'i3', 'B-RD 111', 4, -1, 0, 'offline'],
  ['Omar Diallo', 'Opel', 'Zafira', 'B-RD 112', 7, 2, -3, 'offline'],
];

/** The twelve demo drivers, ids drv_1 … drv_12, ten available and two offline. */
export function seedDrivers(): DriverRecord[] {
  return DRIVERS.map(([name, make, model, plate, seats, row, col, status], index) => ({
    id: `drv_${index + 1}`,
    name,
    vehicle: { make, model, plate, seats },
    status,
    location: { lat: round(CENTER.lat + row * 0.005), lng: round(CENTER.lng + col * 0.008) },
    rating: 5,
    user_id: null,
  }));
}

/** One rider per demo account: Ada (usr_1) premium, Grace (usr_2) and Alan (usr_3) basic. */
export function seedRiders(): RiderRecord[] {
  return [
    { id: 'rdr_1', user_id: 'usr_1', name: 'Ada Lovelace', tier: 'premium' },
    { id: 'rdr_2', user_id: 'usr_2', name: 'Grace Hopper', tier: 'basic' },
    { id: 'rdr_3', user_id: 'usr_3', name: 'Alan Turing', tier: 'basic' },
  ];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
