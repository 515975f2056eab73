import { SetMetadata } from '@nestjs/common';
import type { RoutePolicyName } from './route-policy';

export const ROUTE_POLICY = 'liucheng:routePolicy';

/** Names the route's policy (ROUTE_POLICIES); a route without one is refused (fail closed). */
export const UsePolicy = (name: RoutePolicyName) => SetMetadata(ROUTE_POLICY, name);
