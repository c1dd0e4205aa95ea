import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { ResponseSchemas } from './describe-responses';

type Schema = SchemaObject | ReferenceObject;

const ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All']);
/** Return types whose bodies are not JSON: their operations declare their content with decorators. */
const NOT_JSON = new Set(['StreamableFile']);

/**
 * Derives the JSON schema of every controller method's answer from its TypeScript return type (the views
 * of the domain libraries are interfaces, which `@nestjs/swagger` cannot see at run time). Run by
 * `tools/openapi.mjs`; the result is committed as `response-schemas.generated.json` and a test checks that
 * it matches the sources.
 */
export function generateResponseSchemas(workspaceRoot: string): ResponseSchemas {
  const apiRoot = path.join(workspaceRoot, 'apps/api/src');
  const controllers = listFiles(apiRoot)
    .filter((file) => file.endsWith('.controller.ts'))
    .sort();
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(workspaceRoot, 'apps/api/tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('apps/api/tsconfig.json could not be read');
  const program = ts.createProgram({ rootNames: controllers, options: { ...parsed.options, noEmit: true } });
  const writer = new SchemaWriter(program.getTypeChecker(), workspaceRoot);
  const operations: ResponseSchemas['operations'] = {};
  for (const file of controllers) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not part of the program`);
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name || !hasDecorator(statement, ['Controller'])) continue;
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member) || !hasDecorator(member, ROUTE_DECORATORS)) continue;
        const schema = writer.answerOf(member);
        if (schema) operations[`${statement.name.text}_${member.name.getText(source)}`] = schema;
      }
    }
  }
  return { schemas: writer.schemas, operations };
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

function hasDecorator(node: ts.HasDecorators, names: Iterable<string>): boolean {
  const wanted = new Set(names);
  return (ts.getDecorators(node) ?? []).some((decorator) => {
    const call = decorator.expression;
    return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && wanted.has(call.expression.text);
  });
}

/** `@ApiJsonAnswer<T>()` names the JSON body of a route that writes its answer itself. */
function declaredAnswer(method: ts.MethodDeclaration): ts.TypeNode | undefined {
  for (const decorator of ts.getDecorators(method) ?? []) {
    const call = decorator.expression;
    if (ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'ApiJsonAnswer') {
      return call.typeArguments?.[0];
    }
  }
  return undefined;
}

class SchemaWriter {
  readonly schemas: Record<string, SchemaObject> = {};
  private readonly names = new Map<ts.Type, string>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly workspaceRoot: string,
  ) {}

  /** The schema of what a route method answers, or null when it answers nothing or a file. */
  answerOf(method: ts.MethodDeclaration): Schema | null {
    const declared = declaredAnswer(method);
    if (declared) return this.schemaOf(this.checker.getTypeFromTypeNode(declared));
    const signature = this.checker.getSignatureFromDeclaration(method);
    if (!signature) return null;
    const type = this.checker.getAwaitedType(this.checker.getReturnTypeOfSignature(signature));
    if (!type || type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return null;
    if (type.flags & ts.TypeFlags.String) return null;
    if (NOT_JSON.has(type.getSymbol()?.name ?? '')) return null;
    return this.schemaOf(type);
  }

  private schemaOf(type: ts.Type): Schema {
    const name = this.componentName(type);
    if (!name) return this.inline(type);
    const known = this.names.get(type);
    if (known) return ref(known);
    const unique = this.uniqueName(name, type);
    this.names.set(type, unique);
    this.schemas[unique] = {};
    const body = this.inline(type);
    this.schemas[unique] = '$ref' in body ? { allOf: [body] } : body;
    return ref(unique);
  }

  /** Interfaces, classes, enums and type aliases keep their names; anonymous shapes are inlined. */
  private componentName(type: ts.Type): string | null {
    if (type.aliasSymbol && !type.aliasTypeArguments?.length) return type.aliasSymbol.name;
    const symbol = type.getSymbol();
    if (!symbol || symbol.name.startsWith('__') || this.isArray(type)) return null;
    if (symbol.flags & ts.SymbolFlags.Enum) return symbol.name;
    if (!(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return null;
    if (symbol.name === 'Date') return null;
    const args = type.flags & ts.TypeFlags.Object ? this.typeArguments(type) : [];
    if (args.length === 0) return symbol.name;
    const argNames = args.map((arg) => this.componentName(arg));
    return argNames.every(Boolean) ? `${argNames.join('')}${symbol.name}` : null;
  }

  private typeArguments(type: ts.Type): readonly ts.Type[] {
    return type.flags & ts.TypeFlags.Object && ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) !== 0
      ? this.checker.getTypeArguments(type as ts.TypeReference)
      : [];
  }

  /** Two libraries may use one name (e.g. `ChangeCounts`): the later one is prefixed with its library. */
  private uniqueName(name: string, type: ts.Type): string {
    if (!(name in this.schemas)) return name;
    const file = (type.aliasSymbol ?? type.getSymbol())?.declarations?.[0]?.getSourceFile().fileName ?? '';
    const lib = /\/libs\/([^/]+)\//.exec(path.relative(this.workspaceRoot, file) ? `/${file}` : '')?.[1] ?? 'other';
    let candidate = `${lib[0].toUpperCase()}${lib.slice(1)}${name}`;
    for (let n = 2; candidate in this.schemas; n += 1) candidate = `${lib[0].toUpperCase()}${lib.slice(1)}${name}${n}`;
    return candidate;
  }

  private isArray(type: ts.Type): boolean {
    return this.checker.isArrayType(type) || this.checker.isTupleType(type);
  }

  private inline(type: ts.Type): Schema {
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (type.isUnion()) return this.union(type.types);
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.isNumberLiteral()) return { type: 'number', enum: [type.value] };
    if (flags & ts.TypeFlags.StringLike) return { type: 'string' };
    if (flags & ts.TypeFlags.NumberLike) return { type: 'number' };
    if (flags & ts.TypeFlags.BooleanLike) return { type: 'boolean' };
    if (flags & ts.TypeFlags.Null) return { nullable: true };
    // TypeScript's `object`: any object or array.
    if (flags & ts.TypeFlags.NonPrimitive) {
      return {
        oneOf: [
          { type: 'object', additionalProperties: true },
          { type: 'array', items: {} },
        ],
      };
    }
    if (this.isArray(type)) {
      const [element] = this.typeArguments(type);
      return { type: 'array', items: element ? this.schemaOf(element) : {} };
    }
    if (type.getSymbol()?.name === 'Date') return { type: 'string', format: 'date-time' };
    return this.object(type);
  }

  private union(members: ts.Type[]): Schema {
    const present = members.filter((m) => !(m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const nullable = present.some((m) => m.flags & ts.TypeFlags.Null);
    const values = present.filter((m) => !(m.flags & ts.TypeFlags.Null));
    let schema: Schema;
    if (values.length > 0 && values.every((m) => m.flags & ts.TypeFlags.BooleanLiteral)) {
      schema = { type: 'boolean' };
    } else if (values.length > 0 && values.every((m) => m.isStringLiteral())) {
      schema = { type: 'string', enum: values.map((m) => (m as ts.StringLiteralType).value) };
    } else if (values.length > 0 && values.every((m) => m.isNumberLiteral())) {
      schema = { type: 'number', enum: values.map((m) => (m as ts.NumberLiteralType).value) };
    } else {
      const booleans = values.filter((m) => m.flags & ts.TypeFlags.BooleanLiteral);
      const others = values.filter((m) => !(m.flags & ts.TypeFlags.BooleanLiteral)).map((m) => this.schemaOf(m));
      const options = booleans.length > 0 ? [...others, { type: 'boolean' } as Schema] : others;
      schema = options.length === 1 ? options[0] : { oneOf: options };
    }
    return nullable ? nullableOf(schema) : schema;
  }

  private object(type: ts.Type): SchemaObject {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      const propertyType = declaration
        ? this.checker.getTypeOfSymbolAtLocation(property, declaration)
        : this.checker.getTypeOfSymbol(property);
      if (propertyType.getCallSignatures().length > 0) continue;
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      let schema = this.schemaOf(optional ? this.checker.getNonNullableType(propertyType) : propertyType);
      if (optional && this.includesNull(propertyType)) schema = nullableOf(schema);
      const description = ts.displayPartsToString(property.getDocumentationComment(this.checker)).trim();
      properties[property.name] = description ? describe(schema, description) : schema;
      if (!optional) required.push(property.name);
    }
    const schema: SchemaObject = { type: 'object', properties };
    if (required.length > 0) schema.required = required;
    const index = this.checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (index) {
      const valueSchema = this.schemaOf(index.type);
      schema.additionalProperties = Object.keys(valueSchema).length === 0 ? true : valueSchema;
    }
    if (Object.keys(properties).length === 0) delete schema.properties;
    return schema;
  }

  private includesNull(type: ts.Type): boolean {
    return type.isUnion() && type.types.some((m) => m.flags & ts.TypeFlags.Null);
  }
}

function ref(name: string): ReferenceObject {
  return { $ref: `#/components/schemas/${name}` };
}

/** OpenAPI 3.0 ignores siblings of `$ref`: wrap references in `allOf` to add `nullable` or a description. */
function nullableOf(schema: Schema): Schema {
  if ('$ref' in schema) return { nullable: true, allOf: [schema] };
  if (Object.keys(schema).length === 0) return schema;
  return { ...schema, nullable: true };
}

function describe(schema: Schema, description: string): Schema {
  if ('$ref' in schema) return { allOf: [schema], description };
  return { ...schema, description };
}
