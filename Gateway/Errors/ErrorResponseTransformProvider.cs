using Yarp.ReverseProxy.Transforms.Builder;

namespace OdooAspire.Gateway.Errors;

/// <summary>Adds <see cref="OdooErrorStatusTransform"/> to every route.</summary>
internal sealed class ErrorResponseTransformProvider : ITransformProvider
{
    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ResponseTransforms.Add(new OdooErrorStatusTransform());
    }
}
