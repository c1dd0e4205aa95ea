import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import { Request } from 'express';
import { ApiError } from './api-error';
import { ApiErrorCode } from './api-error-code';

type Constructor = new (...args: unknown[]) => unknown;

/**
 * Rejects query parameters that the handler does not declare, instead of ignoring them: a typo
 * such as `?stauts=pending` must not silently return everything.
 */
@Injectable()
export class UnknownQueryGuard implements CanActivate {
  private readonly cache = new WeakMap<object, Set<string>>();

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const given = Object.keys(request.query ?? {});
    if (given.length === 0) return true;
    const allowed = this.allowedFor(context);
    const unknown = given.filter((key) => !allowed.has(key));
    if (unknown.length > 0) {
      throw new ApiError(ApiErrorCode.UnknownQueryParameter, `Unknown query parameter(s): ${unknown.join(', ')}.`, {
        unknown,
        allowed: [...allowed].sort(),
      });
    }
    return true;
  }

  private allowedFor(context: ExecutionContext): Set<string> {
    const handler = context.getHandler();
    const cached = this.cache.get(handler);
    if (cached) return cached;
    const allowed = new Set<string>();
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ?? {}) as Record<
      string,
      { index: number; data?: unknown }
    >;
    const paramTypes = (Reflect.getMetadata('design:paramtypes', context.getClass().prototype, handler.name) ??
      []) as Constructor[];
    for (const [key, arg] of Object.entries(args)) {
      if (Number(key.split(':')[0]) !== RouteParamtypes.QUERY) continue;
      if (typeof arg.data === 'string') allowed.add(arg.data);
      else for (const name of declaredProperties(paramTypes[arg.index])) allowed.add(name);
    }
    this.cache.set(handler, allowed);
    return allowed;
  }
}

function declaredProperties(metatype: Constructor | undefined): string[] {
  if (!metatype) return [];
  return getMetadataStorage()
    .getTargetValidationMetadatas(metatype, '', true, false)
    .map((m) => m.propertyName);
}
