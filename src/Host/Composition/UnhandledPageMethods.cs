using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SpriteDX.Host.Composition;

/// <summary>
/// A page answers only the methods it has handlers for. Without this, a POST to a page that has none (a stray or
/// forged form, a handler name typed by hand) renders the page without its GET having run, and fails with a 500.
/// </summary>
internal sealed class UnhandledPageMethods : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is not null || HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            return next();
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        return Task.CompletedTask;
    }
}
